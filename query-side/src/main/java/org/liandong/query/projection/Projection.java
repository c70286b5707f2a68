package org.liandong.query.projection;

import org.liandong.model.envelope.EventEnvelope;

/**
 * A read model kept from the campaign topic. It must tolerate the same envelope more than once and
 * change nothing the second time: the topic is delivered at least once.
 */
public interface Projection {

  void apply(EventEnvelope envelope);
}
