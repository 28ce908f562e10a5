package io.github.pctransfers.client;

import io.github.pctransfers.client.model.TransferEntity;
import java.util.List;

/** The facade with one more operation, deleteTransfer; everything recorded is still there. */
public final class TransfersClient implements AutoCloseable {

    public List<TransferEntity> listTransfers(String customerId) {
        return List.of(new TransferEntity().id(customerId));
    }

    public TransferEntity getTransfer(String customerId, String transferId) {
        return new TransferEntity().id(transferId);
    }

    public void deleteTransfer(String customerId, String transferId) {
    }

    @Override
    public void close() {
    }
}
