package dev.storefront.account;

import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

import dev.storefront.shared.RequestDeadline;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.MySqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions live in the database (Spring Session JDBC) and are found by the session cookie, or,
 * for clients that keep no cookies, by a header ({@code X-Auth-Token} unless configured).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfig {

    /** The session cookie as {@code server.servlet.session.cookie.*} configures it. */
    @Bean
    DefaultCookieSerializer sessionCookieSerializer(ServerProperties server) {
        Cookie cookie = server.getServlet().getSession().getCookie();
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        if (cookie.getName() != null) {
            serializer.setCookieName(cookie.getName());
        }
        if (cookie.getDomain() != null) {
            serializer.setDomainName(cookie.getDomain());
        }
        if (cookie.getPath() != null) {
            serializer.setCookiePath(cookie.getPath());
        }
        if (cookie.getHttpOnly() != null) {
            serializer.setUseHttpOnlyCookie(cookie.getHttpOnly());
        }
        // Unset: Secure exactly when the request came over HTTPS (forwarded headers included).
        if (cookie.getSecure() != null) {
            serializer.setUseSecureCookie(cookie.getSecure());
        }
        if (cookie.getMaxAge() != null) {
            serializer.setCookieMaxAge((int) cookie.getMaxAge().getSeconds());
        }
        if (cookie.getSameSite() != null) {
            serializer.setSameSite(cookie.getSameSite().attributeValue());
        }
        return serializer;
    }

    @Bean
    HttpSessionIdResolver cookieOrHeaderSessionIdResolver(
            DefaultCookieSerializer cookieSerializer, AccountProperties properties) {
        CookieHttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();
        cookies.setCookieSerializer(cookieSerializer);
        return new CookieOrHeaderSessionIdResolver(cookies, properties.sessionHeader());
    }

    /**
     * Spring Session's repository, with a session's last access written at most once per
     * {@code storefront.session-touch-interval} ({@link CoarseLastAccessSessions}; 0s writes it on
     * every request, as Spring Session does): the session filter is made with this bean.
     */
    @Bean
    static BeanPostProcessor coarseLastAccess(@Value("${storefront.session-touch-interval:1m}") Duration interval) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return (bean instanceof JdbcIndexedSessionRepository sessions && !interval.isZero())
                        ? new CoarseLastAccessSessions(sessions, interval)
                        : bean;
            }
        };
    }

    /**
     * Spring Session's reads and writes, each in a JDBC transaction of its own as Spring Session
     * makes them (a new one each time), on the connection alone: otherwise they take the JPA
     * transaction manager, which opens a Hibernate session for every session read, a few per cent
     * of an add to the cart (bench/README.md). Bound like every transaction by the request's
     * deadline and {@code spring.transaction.*}. Not a default candidate, so it is injected only
     * where Spring Session asks for it by name, and Spring Boot still makes its own
     * {@code TransactionTemplate} on the JPA transaction manager for everything else.
     */
    @Bean(defaultCandidate = false)
    TransactionOperations springSessionTransactionOperations(
            DataSource dataSource,
            RequestDeadline deadline,
            ObjectProvider<TransactionManagerCustomizers> customizers) {
        SessionTransactionManager manager = new SessionTransactionManager(dataSource, deadline);
        customizers.ifAvailable((each) -> each.customize(manager));
        TransactionTemplate transactions = new TransactionTemplate(manager);
        transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return transactions;
    }

    /** JDBC transactions that end by the request's deadline ({@link RequestDeadline}). */
    static final class SessionTransactionManager extends DataSourceTransactionManager {

        private final transient RequestDeadline deadline;

        SessionTransactionManager(DataSource dataSource, RequestDeadline deadline) {
            super(dataSource);
            this.deadline = deadline;
        }

        @Override
        protected int determineTimeout(TransactionDefinition definition) {
            return this.deadline.transactionTimeout(super.determineTimeout(definition));
        }
    }

    /** MySQL's upsert, so two concurrent first writes of one attribute can't collide (also fine on H2). */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> mySqlSessionUpserts() {
        return new MySqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * The header when the request has it (send {@code new} to start a session), else the cookie.
     * A session found by header is answered by header only, never by a cookie, and vice versa.
     */
    record CookieOrHeaderSessionIdResolver(CookieHttpSessionIdResolver cookies, String header)
            implements HttpSessionIdResolver {

        static final String NEW_SESSION = "new";

        @Override
        public List<String> resolveSessionIds(HttpServletRequest request) {
            String value = request.getHeader(this.header);
            if (value == null) {
                return this.cookies.resolveSessionIds(request);
            }
            return (value.isBlank() || NEW_SESSION.equals(value)) ? List.of() : List.of(value);
        }

        @Override
        public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
            if (request.getHeader(this.header) != null) {
                response.setHeader(this.header, sessionId);
            } else {
                this.cookies.setSessionId(request, response, sessionId);
            }
        }

        @Override
        public void expireSession(HttpServletRequest request, HttpServletResponse response) {
            if (request.getHeader(this.header) != null) {
                response.setHeader(this.header, "");
            } else {
                this.cookies.expireSession(request, response);
            }
        }
    }
}
