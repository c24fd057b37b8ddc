package io.github.acubepl.transport;

class InMemoryTokenStoreTest extends TokenStoreContract {
    @Override
    TokenStore store() {
        return TokenStore.inMemory();
    }

    @Override
    TokenStore sameStorage(TokenStore store) {
        return store;
    }
}
