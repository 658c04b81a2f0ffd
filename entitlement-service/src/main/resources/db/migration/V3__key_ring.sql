-- Each sealed product key names the ring key that sealed it, so the encryption key can be rotated (KeyVault,
-- KeyResealing). Keys sealed before the ring were sealed with the one key there was, named k1 (the default id).
alter table entitlement add column key_id text;
update entitlement set key_id = 'k1' where key_ciphertext is not null;
alter table entitlement add constraint entitlement_key_named check ((key_ciphertext is null) = (key_id is null));
-- The re-sealing job looks for keys sealed with anything but the current key.
create index entitlement_key_id on entitlement (key_id) where key_ciphertext is not null;
