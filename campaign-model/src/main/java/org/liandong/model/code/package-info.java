/**
 * Codes and amounts: departments, regions, goods categories and units (checked for their form here,
 * against the reference data only at the edge), kinds of case and of right, money in yuan and
 * quantities.
 */
package org.liandong.model.code;
