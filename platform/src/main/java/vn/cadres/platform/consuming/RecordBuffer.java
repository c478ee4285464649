package vn.cadres.platform.consuming;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.Buffer;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaEventMessage;

/**
 * The bounded buffer between a processor's Kafka fetcher and its event stream: records leave in
 * the order the fetcher read them.
 * <p>
 * The fetcher gives each record the token of everything it has read up to that record, partition
 * by partition. Axon's {@code SortedKafkaMessageBuffer} hands records over in timestamp order
 * instead, so a record can come out with a token that already counts records of other partitions
 * still waiting in the buffer: the token stored after it claims them done, and a restart then skips
 * them. Its set, ordered by timestamp, partition and offset only, also drops a record of one topic
 * that has the same millisecond, partition number and offset as a record of another: the career
 * timeline, fed from three topics, lost 15 of the first events of a million.
 */
final class RecordBuffer implements Buffer<KafkaEventMessage> {

    private static final int CAPACITY = 1_000;

    private final int capacity;
    private final ArrayDeque<KafkaEventMessage> records = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private volatile RuntimeException failure;

    RecordBuffer() {
        this(CAPACITY);
    }

    RecordBuffer(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public void put(KafkaEventMessage record) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            add(record);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void putAll(Collection<KafkaEventMessage> batch) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            for (KafkaEventMessage record : batch) {
                add(record);
            }
        } finally {
            lock.unlock();
        }
    }

    private void add(KafkaEventMessage record) throws InterruptedException {
        while (records.size() >= capacity) {
            notFull.await();
        }
        records.addLast(record);
        notEmpty.signal();
    }

    @Override
    public KafkaEventMessage poll(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (records.isEmpty()) {
                throwFailure();
                if (nanos <= 0) {
                    return null;
                }
                nanos = notEmpty.awaitNanos(nanos);
            }
            return removeFirst();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public KafkaEventMessage take() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (records.isEmpty()) {
                throwFailure();
                notEmpty.await();
            }
            return removeFirst();
        } finally {
            lock.unlock();
        }
    }

    private KafkaEventMessage removeFirst() {
        KafkaEventMessage first = records.pollFirst();
        notFull.signal();
        return first;
    }

    @Override
    public KafkaEventMessage peek() {
        lock.lock();
        try {
            if (records.isEmpty()) {
                throwFailure();
                return null;
            }
            return records.peekFirst();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int size() {
        lock.lock();
        try {
            return records.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isEmpty() {
        return size() == 0;
    }

    @Override
    public int remainingCapacity() {
        return capacity - size();
    }

    @Override
    public void clear() {
        lock.lock();
        try {
            records.clear();
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The fetcher failed: whoever waits for a record gets the failure instead, once the buffer is empty. */
    @Override
    public void setException(RuntimeException exception) {
        failure = exception;
        lock.lock();
        try {
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void throwFailure() {
        RuntimeException current = failure;
        if (current != null) {
            throw current;
        }
    }
}
