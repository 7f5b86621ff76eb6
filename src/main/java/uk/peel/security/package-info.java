/**
 * Security: who may use Peel and what each role may do. Owns local accounts, roles and their permissions,
 * sign-in with lock-out, and the {@link uk.peel.platform.access.RequiresPermission} annotation every page and API
 * operation carries.
 */
package uk.peel.security;
