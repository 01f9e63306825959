package dev.gorewrite.golang;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * Gives up on a large file early, with an OutOfMemoryError, once the heap's old generation is
 * nearly full even after a full collection: left alone, the JVM spends most of its time
 * collecting (tens of seconds) before it finally throws. The run's scheduler then retries the
 * file alone, after a collection, or reports it as too large. Small files never look: the check
 * starts after {@value #FIRST_CHECK} ticks (tokens lexed, rules parsed), so their runs do not
 * even load the management classes.
 */
final class HeapGuard {
    private static final int FIRST_CHECK = 1 << 16;
    private static final int CHECK_EVERY = 1 << 14;
    private static final double NEARLY_FULL = 0.92;

    private int ticks;

    void tick() {
        if (++ticks >= FIRST_CHECK && ticks % CHECK_EVERY == 0) {
            check();
        }
    }

    private static void check() {
        MemoryPoolMXBean old = OldGeneration.POOL;
        MemoryUsage afterCollection = old == null ? null : old.getCollectionUsage();
        if (afterCollection != null && afterCollection.getMax() > 0
                && afterCollection.getUsed() > NEARLY_FULL * afterCollection.getMax()) {
            throw new OutOfMemoryError("the heap stays nearly full after a full collection");
        }
    }

    /** The heap pool that full collections report on (Tenured, Old Gen); null if this JVM has none. */
    private static final class OldGeneration {
        static final MemoryPoolMXBean POOL = find();

        private static MemoryPoolMXBean find() {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()
                        && (pool.getName().contains("Old") || pool.getName().contains("Tenured"))) {
                    return pool;
                }
            }
            return null;
        }
    }
}
