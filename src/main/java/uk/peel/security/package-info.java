/**
 * Security: who may use Peel and what each role may do. Owns local accounts, roles and their permissions,
 * sign-in with lock-out, and the {@link uk.peel.security.RequiresPermission} annotation every page and API
 * operation carries.
 */
package uk.peel.security;
