package io.github.pctransfers.client;

import io.github.pctransfers.client.model.TransferEntity;
import java.util.List;

/** A stand-in for the client facade: one method per operation. */
public final class TransfersClient implements AutoCloseable {

    public List<TransferEntity> listTransfers(String customerId) {
        return List.of(new TransferEntity().id(customerId));
    }

    public TransferEntity getTransfer(String customerId, String transferId) {
        return new TransferEntity().id(transferId);
    }

    @Override
    public void close() {
    }
}
