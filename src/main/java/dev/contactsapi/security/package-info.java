/**
 * Bearer API-key authentication and role checks: who is calling, for which company, and
 * whether their role may do what they ask.
 */
package dev.contactsapi.security;
