/** Who acts: the actor of a command or a query, and the roles. */
package org.liandong.model.access;
