; A local's address passed to a call (LangRef "Pointer Capture" and "call": the callee may read and write the object
; through the pointer, and keep the address, so code after the call may meet the local through it), written from
; the LangRef. Checked with the default SmtVerifier.

;; pair: an out-parameter read back after the call, its spill slot dropped
;; expect: proved
;; source
declare void @get(ptr)
define i32 @f() {
  %x = alloca i32
  %y = alloca i32
  store i32 7, ptr %y
  call void @get(ptr %x)
  %v = load i32, ptr %x
  %w = load i32, ptr %y
  %r = add i32 %v, %w
  ret i32 %r
}
;; target
declare void @get(ptr)
define i32 @f() {
  %x = alloca i32
  call void @get(ptr %x)
  %v = load i32, ptr %x
  %r = add i32 %v, 7
  ret i32 %r
}
;; pair: the value read back after the call is not the one stored before it (the callee may write it)
;; expect: refuted
;; source
declare void @get(ptr)
define i32 @f() {
  %x = alloca i32
  store i32 1, ptr %x
  call void @get(ptr %x)
  %v = load i32, ptr %x
  ret i32 %v
}
;; target
declare void @get(ptr)
define i32 @f() {
  %x = alloca i32
  store i32 1, ptr %x
  call void @get(ptr %x)
  ret i32 1
}
;; pair: a read-only callee leaves the local as it was
;; expect: proved
;; source
declare void @look(ptr) memory(read)
define i32 @f() {
  %x = alloca i32
  store i32 1, ptr %x
  call void @look(ptr %x)
  %v = load i32, ptr %x
  ret i32 %v
}
;; target
declare void @look(ptr) memory(read)
define i32 @f() {
  %x = alloca i32
  store i32 1, ptr %x
  call void @look(ptr %x)
  ret i32 1
}
;; pair: the callee sees what was stored in the local: a different value stored is observable
;; expect: refuted
;; source
declare void @use(ptr)
define void @f() {
  %x = alloca i32
  store i32 1, ptr %x
  call void @use(ptr %x)
  ret void
}
;; target
declare void @use(ptr)
define void @f() {
  %x = alloca i32
  store i32 2, ptr %x
  call void @use(ptr %x)
  ret void
}
;; pair: a store to the local the callee never sees (after the last use) may be dropped
;; expect: proved
;; source
declare void @use(ptr)
define void @f() {
  %x = alloca i32
  store i32 1, ptr %x
  call void @use(ptr %x)
  store i32 5, ptr %x
  ret void
}
;; target
declare void @use(ptr)
define void @f() {
  %x = alloca i32
  store i32 1, ptr %x
  call void @use(ptr %x)
  ret void
}
;; pair: two out-parameters swapped in the result
;; expect: refuted
;; source
declare void @two(ptr, ptr)
define i32 @f() {
  %a = alloca i32
  %b = alloca i32
  call void @two(ptr %a, ptr %b)
  %v = load i32, ptr %a
  ret i32 %v
}
;; target
declare void @two(ptr, ptr)
define i32 @f() {
  %a = alloca i32
  %b = alloca i32
  call void @two(ptr %a, ptr %b)
  %v = load i32, ptr %b
  ret i32 %v
}
;; pair: the locals passed in the other order
;; expect: wrong
;; source
declare void @two(ptr, ptr)
define i32 @f() {
  %a = alloca i32
  %b = alloca i32
  store i32 1, ptr %a
  store i32 2, ptr %b
  call void @two(ptr %a, ptr %b)
  %v = load i32, ptr %a
  ret i32 %v
}
;; target
declare void @two(ptr, ptr)
define i32 @f() {
  %a = alloca i32
  %b = alloca i32
  store i32 1, ptr %a
  store i32 2, ptr %b
  call void @two(ptr %b, ptr %a)
  %v = load i32, ptr %b
  ret i32 %v
}
;; pair: the same local passed twice is not two locals
;; expect: wrong
;; source
declare void @two(ptr, ptr)
define i32 @f() {
  %a = alloca i32
  call void @two(ptr %a, ptr %a)
  %v = load i32, ptr %a
  ret i32 %v
}
;; target
declare void @two(ptr, ptr)
define i32 @f() {
  %a = alloca i32
  %b = alloca i32
  call void @two(ptr %a, ptr %b)
  %v = load i32, ptr %a
  ret i32 %v
}
;; pair: an offset into a local array passed: another offset is another argument
;; expect: refuted
;; source
declare void @fill(ptr)
define i32 @f() {
  %buf = alloca [8 x i32]
  %p = getelementptr inbounds [8 x i32], ptr %buf, i64 0, i64 2
  call void @fill(ptr %p)
  %v = load i32, ptr %buf
  ret i32 %v
}
;; target
declare void @fill(ptr)
define i32 @f() {
  %buf = alloca [8 x i32]
  %p = getelementptr inbounds [8 x i32], ptr %buf, i64 0, i64 3
  call void @fill(ptr %p)
  %v = load i32, ptr %buf
  ret i32 %v
}
;; pair: a local array filled by a callee and summed, a load folded into its twin
;; expect: proved
;; source
declare void @fill(ptr)
define i32 @f() {
  %buf = alloca [4 x i8]
  call void @fill(ptr %buf)
  %p = getelementptr inbounds [4 x i8], ptr %buf, i64 0, i64 1
  %a = load i8, ptr %p
  %b = load i8, ptr %p
  %s = add i8 %a, %b
  %r = zext i8 %s to i32
  ret i32 %r
}
;; target
declare void @fill(ptr)
define i32 @f() {
  %buf = alloca [4 x i8]
  call void @fill(ptr %buf)
  %p = getelementptr inbounds [4 x i8], ptr %buf, i64 0, i64 1
  %a = load i8, ptr %p
  %s = shl i8 %a, 1
  %r = zext i8 %s to i32
  ret i32 %r
}
;; pair: a local of another size passed (the callee may write past the smaller one)
;; expect: wrong
;; source
declare void @fill(ptr)
define i32 @f() {
  %buf = alloca [8 x i8]
  call void @fill(ptr %buf)
  %v = load i8, ptr %buf
  %r = zext i8 %v to i32
  ret i32 %r
}
;; target
declare void @fill(ptr)
define i32 @f() {
  %buf = alloca [4 x i8]
  call void @fill(ptr %buf)
  %v = load i8, ptr %buf
  %r = zext i8 %v to i32
  ret i32 %r
}
;; pair: after the address escaped, a later call may change the local (the first callee kept its address)
;; expect: wrong
;; source
declare void @keep(ptr)
declare void @poke()
define i32 @f() {
  %x = alloca i32
  call void @keep(ptr %x)
  %v = load i32, ptr %x
  call void @poke()
  %w = load i32, ptr %x
  ret i32 %w
}
;; target
declare void @keep(ptr)
declare void @poke()
define i32 @f() {
  %x = alloca i32
  call void @keep(ptr %x)
  %v = load i32, ptr %x
  call void @poke()
  ret i32 %v
}
;; pair: after the address escaped, a pointer from the caller's memory may be the local
;; expect: wrong
;; source
@slot = external global ptr
declare void @keep(ptr)
define i32 @f() {
  %x = alloca i32
  call void @keep(ptr %x)
  store i32 1, ptr %x
  %q = load ptr, ptr @slot
  store i32 2, ptr %q
  %v = load i32, ptr %x
  ret i32 %v
}
;; target
@slot = external global ptr
declare void @keep(ptr)
define i32 @f() {
  %x = alloca i32
  call void @keep(ptr %x)
  store i32 1, ptr %x
  %q = load ptr, ptr @slot
  store i32 2, ptr %q
  ret i32 1
}
;; pair: the callee may return the local's address
;; expect: wrong
;; source
declare ptr @id(ptr)
define i32 @f() {
  %x = alloca i32
  %q = call ptr @id(ptr %x)
  store i32 1, ptr %x
  store i32 2, ptr %q
  %v = load i32, ptr %x
  ret i32 %v
}
;; target
declare ptr @id(ptr)
define i32 @f() {
  %x = alloca i32
  %q = call ptr @id(ptr %x)
  store i32 1, ptr %x
  store i32 2, ptr %q
  ret i32 1
}
;; pair: a pointer the callee left in the local it filled may be that local
;; expect: wrong
;; source
declare void @fill(ptr)
define i64 @f() {
  %x = alloca [2 x i64]
  call void @fill(ptr %x)
  %q = load ptr, ptr %x
  %p1 = getelementptr inbounds i64, ptr %x, i64 1
  store i64 1, ptr %p1
  store i64 2, ptr %q
  %v = load i64, ptr %p1
  ret i64 %v
}
;; target
declare void @fill(ptr)
define i64 @f() {
  %x = alloca [2 x i64]
  call void @fill(ptr %x)
  %q = load ptr, ptr %x
  %p1 = getelementptr inbounds i64, ptr %x, i64 1
  store i64 1, ptr %p1
  store i64 2, ptr %q
  ret i64 1
}
;; pair: a local holding another local's address: the callee may follow it
;; expect: wrong
;; source
declare void @fill(ptr)
define i32 @f() {
  %x = alloca i32
  %h = alloca ptr
  store i32 1, ptr %x
  store ptr %x, ptr %h
  call void @fill(ptr %h)
  %v = load i32, ptr %x
  ret i32 %v
}
;; target
declare void @fill(ptr)
define i32 @f() {
  %x = alloca i32
  %h = alloca ptr
  store i32 1, ptr %x
  store ptr %x, ptr %h
  call void @fill(ptr %h)
  ret i32 1
}
;; pair: an uninitialized local passed: the target may pass it initialized (undef is refined)
;; expect: proved
;; source
declare void @use(ptr)
define void @f() {
  %x = alloca i32
  call void @use(ptr %x)
  ret void
}
;; target
declare void @use(ptr)
define void @f() {
  %x = alloca i32
  store i32 0, ptr %x
  call void @use(ptr %x)
  ret void
}
;; pair: an initialized local passed uninitialized instead
;; expect: refuted
;; source
declare void @use(ptr)
define void @f() {
  %x = alloca i32
  store i32 0, ptr %x
  call void @use(ptr %x)
  ret void
}
;; target
declare void @use(ptr)
define void @f() {
  %x = alloca i32
  call void @use(ptr %x)
  ret void
}
;; pair: a local passed where the source passed a pointer argument
;; expect: wrong
;; source
declare void @use(ptr)
define void @f(ptr %p) {
  call void @use(ptr %p)
  ret void
}
;; target
declare void @use(ptr)
define void @f(ptr %p) {
  %x = alloca i32
  call void @use(ptr %x)
  ret void
}
;; pair: a local passed less aligned than the source's (the callee may see an address the source never gives)
;; expect: wrong
;; source
declare void @use(ptr)
define void @f() {
  %x = alloca i64, align 8
  call void @use(ptr %x)
  ret void
}
;; target
declare void @use(ptr)
define void @f() {
  %x = alloca i64, align 4
  call void @use(ptr %x)
  ret void
}
;; pair: a local passed more aligned than the source's
;; expect: proved
;; source
declare void @use(ptr)
define void @f() {
  %x = alloca i64, align 4
  call void @use(ptr %x)
  ret void
}
;; target
declare void @use(ptr)
define void @f() {
  %x = alloca i64, align 16
  call void @use(ptr %x)
  ret void
}
