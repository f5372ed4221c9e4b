/**
 * Starts a real, embedded PostgreSQL when no datasource is configured, so that a laptop
 * with only a JDK can run the server.
 */
package dev.contactsapi.embedded;
