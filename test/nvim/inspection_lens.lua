-- Neovim client setup for the Inspection Lens language server (works on Neovim 0.7 and later).
-- Use it from your config with:
--   dofile('/path/to/inspection_lens.lua').setup({ cmd = { 'inspection-language-server', '--stdio' } })
-- Every plain-text buffer ('text' filetype) attaches to one shared server.
local M = {}

local client_id = nil

function M.start(bufnr, opts)
  opts = opts or {}
  if not (client_id and vim.lsp.get_client_by_id(client_id)) then
    client_id = vim.lsp.start_client({
      name = 'inspection-lens',
      cmd = opts.cmd or { 'inspection-language-server', '--stdio' },
      root_dir = opts.root_dir or vim.fn.getcwd(),
      -- Answers the server's workspace/configuration request; keys as in VS Code's settings.
      settings = { inspectionLens = opts.settings or {} },
    })
  end
  if client_id then vim.lsp.buf_attach_client(bufnr, client_id) end
  return client_id
end

function M.setup(opts)
  vim.api.nvim_create_autocmd('FileType', {
    pattern = opts and opts.filetypes or { 'text' },
    callback = function(args) M.start(args.buf, opts) end,
  })
end

return M
