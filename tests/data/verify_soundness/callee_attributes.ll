; Attributes a caller's promises rest on when its callee is defined in the same module (LangRef "Function
; Attributes" nofree, willreturn, nounwind, memory; "Parameter Attributes" nocapture, readonly). LLVM's
; function-attrs infers them bottom-up: the caller may promise nofree, willreturn or memory(argmem: read) only
; because its callee does, and its parameter is nocapture only because the callee's is. Such a promise holds only if
; the callee's does, on a chain that ends: a function that recurses forever promises willreturn falsely even though
; every call it makes is to a function marked willreturn (itself). A parameter promised readonly is broken by a
; callee that writes through it just as by a store in the function.

;; pair: attributes inferred bottom-up over a defined callee
;; expect: proved
;; source
define internal i32 @get(ptr %p) noinline {
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
define i32 @f(ptr %p) {
  %r = call i32 @get(ptr %p)
  %s = add i32 %r, 1
  ret i32 %s
}
;; target
define internal i32 @get(ptr nocapture readonly %p) noinline nofree norecurse nosync nounwind willreturn memory(argmem: read) {
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
define i32 @f(ptr nocapture readonly %p) nofree norecurse nosync nounwind willreturn memory(argmem: read) {
  %r = call i32 @get(ptr %p)
  %s = add i32 %r, 1
  ret i32 %s
}

;; pair: a caller promises nofree because its callee does, but the callee frees
;; expect: wrong
;; source
declare void @free(ptr)
define internal void @release(ptr %p) noinline {
  call void @free(ptr %p)
  ret void
}
define void @f(ptr %p) {
  call void @release(ptr %p)
  ret void
}
;; target
declare void @free(ptr)
define internal void @release(ptr %p) noinline nofree {
  call void @free(ptr %p)
  ret void
}
define void @f(ptr %p) nofree {
  call void @release(ptr %p)
  ret void
}

;; pair: mutual recursion that never returns, both promised willreturn
;; expect: wrong
;; source
define internal i32 @ping(i32 %x) noinline {
  %r = call i32 @pong(i32 %x)
  ret i32 %r
}
define internal i32 @pong(i32 %x) noinline {
  %r = call i32 @ping(i32 %x)
  ret i32 %r
}
;; target
define internal i32 @ping(i32 %x) noinline mustprogress willreturn nounwind {
  %r = call i32 @pong(i32 %x)
  ret i32 %r
}
define internal i32 @pong(i32 %x) noinline mustprogress willreturn nounwind {
  %r = call i32 @ping(i32 %x)
  ret i32 %r
}

;; pair: a caller promises memory(argmem: read) because its callee does, but the callee writes a global
;; expect: wrong
;; source
@counter = global i32 0, align 4
define internal i32 @get(ptr %p) noinline {
  %v = load i32, ptr %p, align 4
  store i32 %v, ptr @counter, align 4
  ret i32 %v
}
define i32 @f(ptr %p) {
  %r = call i32 @get(ptr %p)
  ret i32 %r
}
;; target
@counter = global i32 0, align 4
define internal i32 @get(ptr %p) noinline memory(argmem: read) {
  %v = load i32, ptr %p, align 4
  store i32 %v, ptr @counter, align 4
  ret i32 %v
}
define i32 @f(ptr %p) memory(argmem: read) {
  %r = call i32 @get(ptr %p)
  ret i32 %r
}

;; pair: a parameter nocapture because the callee's is, but the callee stores the pointer
;; expect: wrong
;; source
@keep = global ptr null, align 8
define internal void @remember(ptr %p) noinline {
  store ptr %p, ptr @keep, align 8
  ret void
}
define void @f(ptr %p) {
  call void @remember(ptr %p)
  ret void
}
;; target
@keep = global ptr null, align 8
define internal void @remember(ptr nocapture %p) noinline {
  store ptr %p, ptr @keep, align 8
  ret void
}
define void @f(ptr nocapture %p) {
  call void @remember(ptr %p)
  ret void
}

;; pair: a parameter promised readonly is passed to an external function that may write through it
;; expect: wrong
;; source
declare void @fill(ptr)
define void @f(ptr %p) {
  call void @fill(ptr %p)
  ret void
}
;; target
declare void @fill(ptr)
define void @f(ptr readonly %p) {
  call void @fill(ptr %p)
  ret void
}

;; pair: a parameter promised readonly is passed to an external function declared to only read memory
;; expect: proved
;; source
declare i32 @peek(ptr) memory(read) nounwind willreturn
define i32 @f(ptr %p) {
  %r = call i32 @peek(ptr %p)
  ret i32 %r
}
;; target
declare i32 @peek(ptr) memory(read) nounwind willreturn
define i32 @f(ptr readonly %p) {
  %r = call i32 @peek(ptr %p)
  ret i32 %r
}

;; pair: a parameter promised readonly while the function calls an external function that is given no pointer
;; expect: proved
;; source
declare void @tick()
define i32 @f(ptr %p) {
  %v = load i32, ptr %p, align 4
  call void @tick()
  ret i32 %v
}
;; target
declare void @tick()
define i32 @f(ptr readonly %p) {
  %v = load i32, ptr %p, align 4
  call void @tick()
  ret i32 %v
}

;; pair: a parameter promised readonly after the function stored it where an external function may write through it
;; expect: wrong
;; source
@slot = global ptr null, align 8
declare void @tick()
define void @f(ptr %p) {
  store ptr %p, ptr @slot, align 8
  call void @tick()
  ret void
}
;; target
@slot = global ptr null, align 8
declare void @tick()
define void @f(ptr readonly %p) {
  store ptr %p, ptr @slot, align 8
  call void @tick()
  ret void
}

;; pair: target adds nocapture to a parameter compared with a global and the branch calls exit (LangRef Pointer Capture example)
;; expect: wrong
;; source
@glb = global i8 0
declare void @exit(i32)
define void @f(ptr %a) {
  %c = icmp eq ptr %a, @glb
  br i1 %c, label %x, label %k
x:
  call void @exit(i32 0)
  unreachable
k:
  ret void
}
;; target
@glb = global i8 0
declare void @exit(i32)
define void @f(ptr nocapture %a) {
  %c = icmp eq ptr %a, @glb
  br i1 %c, label %x, label %k
x:
  call void @exit(i32 0)
  unreachable
k:
  ret void
}

;; pair: target adds nocapture to a parameter compared (ult) with another parameter, result returned
;; expect: wrong
;; source
define i1 @f(ptr %a, ptr %b) {
  %c = icmp ult ptr %a, %b
  ret i1 %c
}
;; target
define i1 @f(ptr nocapture %a, ptr %b) {
  %c = icmp ult ptr %a, %b
  ret i1 %c
}

;; pair: target adds nocapture to a parameter whose comparison result is stored to memory
;; expect: wrong
;; source
@glb = global i8 0
define void @f(ptr %a, ptr %m) {
  %c = icmp eq ptr %a, @glb
  %z = zext i1 %c to i8
  store i8 %z, ptr %m, align 1
  ret void
}
;; target
@glb = global i8 0
define void @f(ptr nocapture %a, ptr %m) {
  %c = icmp eq ptr %a, @glb
  %z = zext i1 %c to i8
  store i8 %z, ptr %m, align 1
  ret void
}

;; pair: target adds nocapture to a parameter whose comparison with null is returned (LangRef item 3: behaviour depends on a bit; LLVM 19 function-attrs does not infer nocapture here either)
;; expect: wrong
;; source
define i1 @f(ptr %a) {
  %c = icmp eq ptr %a, null
  ret i1 %c
}
;; target
define i1 @f(ptr nocapture %a) {
  %c = icmp eq ptr %a, null
  ret i1 %c
}

;; pair: target adds nocapture to a parameter whose address selects which of two constants is returned, bit by bit (icmp ult with constants)
;; expect: wrong
;; source
define i1 @f(ptr %a) {
  %c = icmp ult ptr %a, inttoptr (i64 4096 to ptr)
  ret i1 %c
}
;; target
define i1 @f(ptr nocapture %a) {
  %c = icmp ult ptr %a, inttoptr (i64 4096 to ptr)
  ret i1 %c
}
