import 'sonner/dist/styles.css'
import './styles/index.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { z } from 'zod'
import { App } from './App'
import { AppProviders } from './app/AppProviders'
import { applyStyleNonce } from './csp-nonce'

// The CSP has no 'unsafe-eval': tell zod not to even probe `new Function` (the probe alone
// is reported as a CSP violation).
z.config({ jitless: true })
// Styles libraries add at run time carry the page's nonce (the CSP has no 'unsafe-inline').
applyStyleNonce()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element.')

createRoot(root).render(
  <StrictMode>
    <AppProviders api={window.api}>
      <App />
    </AppProviders>
  </StrictMode>
)
