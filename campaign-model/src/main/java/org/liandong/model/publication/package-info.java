/**
 * What the office publishes: statistics releases, frozen as of a cut-off by recording time, and
 * typical cases proposed by departments, each with a text in Chinese and English.
 */
package org.liandong.model.publication;
