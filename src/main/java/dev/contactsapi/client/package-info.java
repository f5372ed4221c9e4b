/**
 * Clients: the customers of a company, which contacts may belong to.
 */
package dev.contactsapi.client;
