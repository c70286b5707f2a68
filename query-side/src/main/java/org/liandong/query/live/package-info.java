/** Feature: a campaign's summary pushed to the browser as server-sent events when it changes. */
package org.liandong.query.live;
