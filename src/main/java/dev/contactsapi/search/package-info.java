/**
 * Free-text search shared by every resource: how stored text is normalized, and how a
 * search string becomes conditions on it.
 */
package dev.contactsapi.search;
