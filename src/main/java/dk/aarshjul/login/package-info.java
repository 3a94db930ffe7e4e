/**
 * Who may log in and how: local users with a password policy and a temporary lock-out, the first administrator from
 * the environment, and single sign-on by OpenID Connect when a provider is configured.
 */
package dk.aarshjul.login;
