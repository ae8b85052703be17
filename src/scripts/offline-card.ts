// Keep the emergency card for offline use; the worker only controls /khan-cap/.
if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js', { scope: '/khan-cap/' }).catch(() => {});
