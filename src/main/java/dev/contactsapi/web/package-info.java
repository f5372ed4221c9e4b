/**
 * The contract's HTTP conventions shared by every resource: the response envelope, the
 * error body and its codes, strict reading of JSON bodies, paging, and the filters that
 * keep every answer JSON.
 */
package dev.contactsapi.web;
