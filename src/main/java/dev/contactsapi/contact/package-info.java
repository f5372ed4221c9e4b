/**
 * Contacts: the people of a company's clients, the heart of the contract.
 */
package dev.contactsapi.contact;
