package dev.storefront;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Every SQL statement the application sends through its data source, in order: Hibernate's
 * statistics see only Hibernate's statements, and tests also count Spring Session's.
 */
public final class SqlStatements implements BeanPostProcessor {

    private final List<String> statements = Collections.synchronizedList(new ArrayList<>());

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(
                    DataSource.class,
                    dataSource,
                    (method, args, result) -> (result instanceof Connection connection)
                            ? proxy(Connection.class, connection, this::statementOf)
                            : result);
        }
        return bean;
    }

    public void clear() {
        this.statements.clear();
    }

    /** The statements sent since the last {@link #clear()} that mention the text, case aside. */
    public List<String> mentioning(String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        synchronized (this.statements) {
            return this.statements.stream()
                    .filter((sql) -> sql.toLowerCase(Locale.ROOT).contains(wanted))
                    .toList();
        }
    }

    private Object statementOf(Method method, Object[] args, Object result) {
        if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
            this.statements.add(sql);
        }
        if (result instanceof Statement statement && !method.getName().startsWith("prepare")) {
            return proxy(Statement.class, statement, (executed, sqlArgs, executedResult) -> {
                if (executed.getName().startsWith("execute") && sqlArgs != null && sqlArgs[0] instanceof String sql) {
                    this.statements.add(sql);
                }
                return executedResult;
            });
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, AfterCall after) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                return after.apply(method, args, method.invoke(target, args));
            } catch (InvocationTargetException ex) {
                throw ex.getTargetException();
            }
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    @FunctionalInterface
    private interface AfterCall {

        Object apply(Method method, Object[] args, Object result) throws Throwable;
    }
}
