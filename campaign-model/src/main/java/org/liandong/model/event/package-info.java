/** What every event of the contract is, whatever its family, and its revision. */
package org.liandong.model.event;
