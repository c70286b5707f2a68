/** The reference data shipped with the contract, and the check of new commands against it. */
package org.liandong.model.reference;
