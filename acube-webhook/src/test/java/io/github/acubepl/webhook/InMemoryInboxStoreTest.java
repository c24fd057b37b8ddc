package io.github.acubepl.webhook;

/** The {@link InboxStoreContract} on {@link InboxStore#inMemory()}. */
class InMemoryInboxStoreTest extends InboxStoreContract {
    @Override
    InboxStore store() {
        return InboxStore.inMemory();
    }

    @Override
    InboxStore sameStorage(InboxStore store) {
        return store;
    }
}
