/**
 * The vocabulary of access control that every module speaks: the {@link uk.peel.platform.access.Permission}s,
 * the annotations handlers declare them with, and who the current user is. Which roles grant which permissions,
 * and how users sign in, belong to the security module.
 */
package uk.peel.platform.access;
