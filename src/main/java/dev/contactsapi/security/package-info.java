/**
 * Bearer API-key authentication and role checks: who is calling, for which company, and
 * whether their role may do what they ask; then how often they may ask (rate limits), and
 * what browsers may do (CORS, security headers).
 */
package dev.contactsapi.security;
