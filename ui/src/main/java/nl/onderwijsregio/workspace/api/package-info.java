/** What all REST endpoints under /api/v1 share: errors as RFC 9457 problem details, in Dutch. */
@NullMarked
package nl.onderwijsregio.workspace.api;

import org.jspecify.annotations.NullMarked;
