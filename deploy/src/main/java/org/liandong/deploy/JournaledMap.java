package org.liandong.deploy;

import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.type.DataType;

/**
 * A map of the stand-in's file that tells the {@link StandInJournal} which keys a command changed.
 * Every change of an {@link MVMap} (put, remove, put-if-absent, replace) goes through {@link
 * #operate}; what it changes outside a command (the replay, compaction) is not recorded.
 */
final class JournaledMap<K, V> extends MVMap<K, V> {

  private final StandInJournal journal;

  private JournaledMap(
      Map<String, Object> config,
      DataType<K> keyType,
      DataType<V> valueType,
      StandInJournal journal) {
    super(config, keyType, valueType);
    this.journal = journal;
  }

  @Override
  public V operate(K key, V value, DecisionMaker<? super V> decisionMaker) {
    V previous = super.operate(key, value, decisionMaker);
    journal.changed(this, key);
    return previous;
  }

  /**
   * The map, which must be journaled: a map opened otherwise would lose to a crash what commands
   * changed in it since the last checkpoint.
   */
  static <M extends MVMap<?, ?>> M required(M map) {
    if (!(map instanceof JournaledMap)) {
      throw new IllegalStateException("the stand-in's map " + map.getName() + " is not journaled");
    }
    return map;
  }

  /** Opens maps as {@link JournaledMap}s of {@code journal}, with the types given. */
  static final class Builder<K, V> extends MVMap.BasicBuilder<MVMap<K, V>, K, V> {

    private final StandInJournal journal;

    Builder(StandInJournal journal, DataType<? super K> keyType, DataType<? super V> valueType) {
      this.journal = journal;
      setKeyType(keyType);
      setValueType(valueType);
    }

    @Override
    protected MVMap<K, V> create(Map<String, Object> config) {
      return new JournaledMap<>(config, getKeyType(), getValueType(), journal);
    }
  }
}
