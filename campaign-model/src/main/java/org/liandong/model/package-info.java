/**
 * The published contract of the platform: what other systems may rely on. The checks every command
 * and value object shares ({@code Require}) and the error they raise, naming the field ({@code
 * InvalidValueException}); the concepts in the packages below.
 */
package org.liandong.model;
