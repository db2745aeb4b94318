/** Each region's activity log: what happened, when and by whom. */
@NullMarked
package nl.onderwijsregio.workspace.activity;

import org.jspecify.annotations.NullMarked;
