/**
 * Shell: the frame around every page — the home page, the header with the signed-in user and their roles, and the
 * menu assembled from the {@link uk.peel.platform.web.NavigationItem}s each module declares.
 */
package uk.peel.shell;
