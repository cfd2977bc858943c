package dev.storefront.shared;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How the built SPA's files are cached, and GraphiQL's page. Vite names every file under
 * {@code /assets/} by a hash of its content, so a changed file is a new URL: those are cached
 * for a year and never revalidated. The pages that name them ({@code index.html}, which every
 * SPA route is answered with, and {@code graphiql.html}) are revalidated on every use, so a
 * browser never keeps a page that points at assets a deploy removed. Other static files
 * (product images, the icon) keep {@code spring.web.resources.cache.cachecontrol.*}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebResources.GraphiQlProperties.class)
class WebResources implements WebMvcConfigurer {

    private static final String STATIC = "classpath:/static/";

    private static final CacheControl HASHED =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final GraphiQlProperties graphiql;

    WebResources(GraphiQlProperties graphiql) {
        this.graphiql = graphiql;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(STATIC + "assets/")
                .setCacheControl(HASHED);
        registry.addResourceHandler("/index.html").addResourceLocations(STATIC).setCacheControl(CacheControl.noCache());
        if (this.graphiql.enabled()) {
            registry.addResourceHandler("/graphiql.html")
                    .addResourceLocations(STATIC)
                    .setCacheControl(CacheControl.noCache());
        } else {
            // Switched off means not there: a handler with no location answers 404.
            registry.addResourceHandler("/graphiql.html");
        }
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        if (this.graphiql.enabled()) {
            registry.addViewController(this.graphiql.path()).setViewName("forward:/graphiql.html");
        }
    }

    /**
     * GraphiQL, built into the frontend and served by the shop itself (Spring's own GraphiQL page,
     * which loads its scripts from a public CDN, is off).
     *
     * @param enabled whether {@code path} serves GraphiQL
     * @param path where GraphiQL is served
     */
    @ConfigurationProperties("storefront.graphiql")
    record GraphiQlProperties(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("/graphiql") String path) {}
}
