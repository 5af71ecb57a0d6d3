package plancheck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import plancheck.read.PlanData;

/**
 * Resolves files as soon as every file before them is read, whatever order the reading threads
 * finish in: a figure's id is its place in the load order, so a file's first id is known once the
 * files before it are counted. A file's raw figures then die within moments of being read, young,
 * instead of being copied by the collector into the old generation and let go there.
 */
final class LoadOrder {
    /** Resolves one file's figures, numbering them from the given id. */
    interface Resolver {
        PlanData resolve(PlanData raw, int firstId);
    }

    private final Resolver resolver;
    private final PlanData[] read;
    private final PlanData[] resolved;
    private int next;
    private int nextId;

    LoadOrder(int files, Resolver resolver) {
        this.resolver = resolver;
        this.read = new PlanData[files];
        this.resolved = new PlanData[files];
    }

    /** File {@code index} is read: resolves it, and any files after it that were waiting, on this thread. */
    void read(int index, PlanData data) {
        List<Integer> ready = new ArrayList<>();
        List<Integer> firstIds = new ArrayList<>();
        synchronized (this) {
            read[index] = data;
            while (next < read.length && read[next] != null) {
                ready.add(next);
                firstIds.add(nextId);
                nextId += read[next].figures().size();
                next++;
            }
        }
        for (int k = 0; k < ready.size(); k++) {
            int i = ready.get(k);
            PlanData r = resolver.resolve(read[i], firstIds.get(k));
            synchronized (this) {
                resolved[i] = r;
                read[i] = null;
            }
        }
    }

    /** Every file resolved, in load order; call once every {@link #read} has returned. */
    synchronized List<PlanData> resolved() {
        return new ArrayList<>(Arrays.asList(resolved));
    }
}
