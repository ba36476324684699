//! Running work on all cores with results handed over in order.

use std::collections::BTreeMap;

/// How far ahead of the next locale to report the workers may run: enough to keep every
/// core busy when one locale is slow, few enough that memory does not grow with the number
/// of locales.
const LOCALES_AHEAD: usize = 8;

/// Runs `work` on every item on all cores and hands the results to `emit` in item order.
/// Workers take the next item as soon as they are free (no barrier between groups), but
/// never run more than `LOCALES_AHEAD` items ahead of the next one to emit.
pub fn in_order_parallel<T: Sync, R: Send>(
    items: &[T],
    work: impl Fn(&T) -> R + Sync,
    mut emit: impl FnMut(R),
) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{mpsc, Condvar, Mutex};
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len().max(1));
    let next = AtomicUsize::new(0);
    let emitted = (Mutex::new(0usize), Condvar::new());
    let (tx, rx) = mpsc::channel::<(usize, R)>();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let (tx, next, emitted, work) = (tx.clone(), &next, &emitted, &work);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= items.len() {
                    break;
                }
                {
                    let (lock, ready) = emitted;
                    let mut done = lock.lock().unwrap_or_else(|e| e.into_inner());
                    while i >= *done + LOCALES_AHEAD {
                        done = ready.wait(done).unwrap_or_else(|e| e.into_inner());
                    }
                }
                if tx.send((i, work(&items[i]))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        let mut pending = BTreeMap::new();
        let mut wanted = 0;
        for (i, result) in rx {
            pending.insert(i, result);
            while let Some(result) = pending.remove(&wanted) {
                emit(result);
                wanted += 1;
                let (lock, ready) = &emitted;
                *lock.lock().unwrap_or_else(|e| e.into_inner()) = wanted;
                ready.notify_all();
            }
        }
    });
}
