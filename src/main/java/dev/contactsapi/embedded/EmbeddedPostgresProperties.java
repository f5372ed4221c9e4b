package dev.contactsapi.embedded;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data.
 *
 * @param dataDirectory the cluster's folder; it survives restarts, so records do too
 */
@ConfigurationProperties("contacts.embedded-postgres")
public record EmbeddedPostgresProperties(@DefaultValue(".data/postgres") Path dataDirectory) {
}
