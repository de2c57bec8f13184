package dev.strata.exec;

import java.util.LinkedHashMap;
import java.util.Map;

/** A bounded map that forgets its least recently used entry first; safe to share between request threads. */
final class BoundedCache<K, V> {

    private final Map<K, V> entries;

    BoundedCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value kept for the key, or null. */
    V get(K key) {
        synchronized (entries) {
            return entries.get(key);
        }
    }

    void put(K key, V value) {
        synchronized (entries) {
            entries.put(key, value);
        }
    }
}
