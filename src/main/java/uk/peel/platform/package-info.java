/**
 * Platform: what every capability stands on and none owns — the embedded PostgreSQL default, the web shell
 * (layout, errors, request ids) and Peel's own settings.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package uk.peel.platform;
