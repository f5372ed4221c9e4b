package dev.contactsapi.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Browser access, set as {@code contacts.cors.*}.
 *
 * @param allowedOrigins the origins whose scripts may call the API, such as
 * {@code https://app.example.com}; none by default, so browsers refuse cross-origin calls
 */
@ConfigurationProperties("contacts.cors")
record CorsProperties(@DefaultValue List<String> allowedOrigins) {
}
