import { useState } from 'react';
import { api, type Entitlement } from '../api';
import { Loaded } from '../components/Status';
import { useAsync } from '../components/useAsync';
import { SoftwareTable } from './SoftwareList';
import { KeysDialog } from './KeysDialog';

/** The customer's own admin view (Billing > Your products > Software): their software, keys and downloads only. */
export function MySoftwareScreen() {
  const software = useAsync(() => api.entitlements(), []);
  const [keysFor, setKeysFor] = useState<Entitlement>();
  return (
    <>
      <h1>Your software</h1>
      <p>Software your partner bought for your organisation, with its product keys and downloads.</p>
      <Loaded state={software} what="your software" empty={(list) => list.length === 0 && 'No software has been bought for you yet.'}>
        {(list) => (
          <SoftwareTable items={list} actions={(e) => e.keyAvailable && (
            <button type="button" onClick={() => setKeysFor(e)} aria-label={`Get keys and downloads for ${e.productName}`}>
              Get keys and downloads
            </button>
          )} />
        )}
      </Loaded>
      {keysFor && <KeysDialog entitlement={keysFor} onClose={() => setKeysFor(undefined)} />}
    </>
  );
}
