package io.github.acubepl.webhook;

/** The {@link IdempotencyStoreContract} on {@link IdempotencyStore#inMemory()}. */
class InMemoryIdempotencyStoreTest extends IdempotencyStoreContract {
    @Override
    IdempotencyStore store() {
        return IdempotencyStore.inMemory();
    }

    @Override
    IdempotencyStore sameStorage(IdempotencyStore store) {
        return store;
    }
}
