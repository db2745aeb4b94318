package nl.onderwijsregio.workspace.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** Roles are checked on service methods ({@code @PreAuthorize}), whatever screen or endpoint calls them. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class MethodSecurityConfiguration {}
