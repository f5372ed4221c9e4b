package dev.contactsapi.web;

import tools.jackson.core.StreamReadFeature;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.UrlHandlerFilter;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.apache.catalina.core.StandardHost;

/**
 * Web settings that make every answer follow the contract: trailing slashes accepted,
 * bodies capped at 1 MiB, JSON whatever the client's {@code Accept} says, duplicate JSON
 * keys refused, and even Tomcat's own error pages in the contract's body.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/** 1 MiB: Spring's megabyte is 1,024 kilobytes. */
	static final DataSize MAX_BODY = DataSize.ofMegabytes(1);

	@Bean
	FilterRegistrationBean<UrlHandlerFilter> trailingSlashFilter() {
		UrlHandlerFilter filter = UrlHandlerFilter.trailingSlashHandler("/**").wrapRequest().build();
		FilterRegistrationBean<UrlHandlerFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * Runs after authentication, so that an anonymous request is told 401 whatever its
	 * size.
	 */
	@Bean
	FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(ErrorResponseWriter errors) {
		RequestBodyLimitFilter filter = new RequestBodyLimitFilter(MAX_BODY.toBytes(), errors);
		FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(0);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ContentTypeFilter> contentTypeFilter(ErrorResponseWriter errors) {
		FilterRegistrationBean<ContentTypeFilter> registration = new FilterRegistrationBean<>(
				new ContentTypeFilter(errors));
		registration.setOrder(1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<OptionsFilter> optionsFilter(ErrorResponseWriter errors) {
		FilterRegistrationBean<OptionsFilter> registration = new FilterRegistrationBean<>(new OptionsFilter(errors));
		registration.setOrder(2);
		return registration;
	}

	@Bean
	JsonMapperBuilderCustomizer strictJsonReading() {
		return (builder) -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonTomcatErrors() {
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
			}
		});
	}

	/**
	 * Answers JSON even to clients that ask for HTML or XML; endpoints that produce
	 * something else (metrics in text) still can, through the {@code *}{@code /*}
	 * fallback.
	 */
	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer negotiation) {
		negotiation.ignoreAcceptHeader(true).defaultContentType(MediaType.APPLICATION_JSON, MediaType.ALL);
	}

}
