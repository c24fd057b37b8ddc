package io.github.acubepl.webhook.sending;


/** The {@link DeliveryStoreContract} on {@link DeliveryStore#inMemory()}. */
class InMemoryDeliveryStoreTest extends DeliveryStoreContract {
    @Override
    DeliveryStore store() {
        return DeliveryStore.inMemory();
    }

    @Override
    DeliveryStore sameStorage(DeliveryStore store) {
        return store;
    }
}
