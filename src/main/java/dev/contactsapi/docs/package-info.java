/**
 * The API's OpenAPI 3.1 description, served at {@code /openapi.json} and shown by Swagger
 * UI at {@code /docs}.
 */
package dev.contactsapi.docs;
