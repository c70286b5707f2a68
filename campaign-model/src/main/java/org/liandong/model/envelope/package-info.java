/** The wire format of events on the topic: CloudEvents structured JSON, and the names of types. */
package org.liandong.model.envelope;
