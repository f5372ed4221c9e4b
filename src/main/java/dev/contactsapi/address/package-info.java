/**
 * Addresses: shared records of a company that clients and contacts point at.
 */
package dev.contactsapi.address;
