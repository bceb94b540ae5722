; ModuleID = '/tmp/llmopt-split-m_172vdq/in.ll'
source_filename = "/tmp/tmps278s5nn/csmith_4.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.S0 = type { i32, i8, i8, i32, i8, i64, i32, i32, i16 }
%struct.S3 = type { %struct.S0, i8, i16, i32 }

@g_26 = external hidden global i32, align 4
@g_28 = external hidden global i32, align 4
@g_47 = external hidden global i16, align 2
@g_131 = external hidden global i32, align 4
@g_204 = external hidden global i32, align 4
@g_478 = external hidden global i32, align 4
@g_839 = external hidden global i32, align 4
@g_847 = external hidden global i32, align 4
@g_787 = external hidden global ptr, align 8
@g_951 = external hidden global ptr, align 8
@__const.func_12.l_1506 = external hidden unnamed_addr constant [9 x [5 x i64]], align 16
@__const.func_12.l_1512 = external hidden unnamed_addr constant [4 x i32], align 16
@constinit = external hidden constant [7 x ptr], align 8
@constinit.411 = external hidden constant [7 x ptr], align 8
@constinit.412 = external hidden constant [7 x ptr], align 8
@constinit.413 = external hidden constant [7 x ptr], align 8
@constinit.414 = external hidden constant [7 x ptr], align 8
@constinit.415 = external hidden constant [7 x ptr], align 8
@g_414 = external hidden global { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }, align 8
@g_1020 = external hidden global { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }, align 8

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #0

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #0

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

; Function Attrs: minsize nounwind optsize uwtable
define hidden zeroext i16 @func_12(i8 noundef signext %0, i32 noundef %1, i8 noundef zeroext %2, i32 noundef %3) #2 {
  %5 = alloca i16, align 2
  %6 = alloca i8, align 1
  %7 = alloca i32, align 4
  %8 = alloca i8, align 1
  %9 = alloca i32, align 4
  %10 = alloca [9 x [5 x i64]], align 16
  %11 = alloca [4 x i32], align 16
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca ptr, align 8
  %18 = alloca ptr, align 8
  %19 = alloca ptr, align 8
  %20 = alloca ptr, align 8
  %21 = alloca ptr, align 8
  %22 = alloca ptr, align 8
  %23 = alloca ptr, align 8
  %24 = alloca ptr, align 8
  %25 = alloca ptr, align 8
  %26 = alloca ptr, align 8
  %27 = alloca ptr, align 8
  %28 = alloca [7 x [5 x [7 x ptr]]], align 16
  %29 = alloca i32, align 4
  %30 = alloca i32, align 4
  %31 = alloca i32, align 4
  store i8 %0, ptr %6, align 1, !tbaa !5
  store i32 %1, ptr %7, align 4, !tbaa !8
  store i8 %2, ptr %8, align 1, !tbaa !5
  store i32 %3, ptr %9, align 4, !tbaa !8
  call void @llvm.lifetime.start.p0(i64 360, ptr %10) #3
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %10, ptr align 16 @__const.func_12.l_1506, i64 360, i1 false)
  call void @llvm.lifetime.start.p0(i64 16, ptr %11) #3
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %11, ptr align 16 @__const.func_12.l_1512, i64 16, i1 false)
  call void @llvm.lifetime.start.p0(i64 4, ptr %12) #3
  store i32 -5, ptr %12, align 4, !tbaa !8
  call void @llvm.lifetime.start.p0(i64 4, ptr %13) #3
  call void @llvm.lifetime.start.p0(i64 4, ptr %14) #3
  store i64 -13, ptr getelementptr inbounds (%struct.S0, ptr @g_414, i32 0, i32 5), align 8, !tbaa !10
  br label %32

32:                                               ; preds = %59, %4
  %33 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_414, i32 0, i32 5), align 8, !tbaa !10
  %34 = icmp ne i64 %33, 43
  br i1 %34, label %35, label %64

35:                                               ; preds = %32
  %36 = load i32, ptr %7, align 4, !tbaa !8
  %37 = load ptr, ptr @g_951, align 8, !tbaa !15
  %38 = load ptr, ptr %37, align 8, !tbaa !15
  %39 = load ptr, ptr %38, align 8, !tbaa !15
  %40 = load ptr, ptr %39, align 8, !tbaa !15
  store i32 %36, ptr %40, align 4, !tbaa !8
  store i16 28, ptr getelementptr inbounds (%struct.S3, ptr @g_1020, i32 0, i32 2), align 2, !tbaa !17
  br label %41

41:                                               ; preds = %53, %35
  %42 = load i16, ptr getelementptr inbounds (%struct.S3, ptr @g_1020, i32 0, i32 2), align 2, !tbaa !17
  %43 = zext i16 %42 to i32
  %44 = icmp sle i32 %43, 7
  br i1 %44, label %45, label %58

45:                                               ; preds = %41
  %46 = call signext i8 @safe_lshift_func_int8_t_s_s(i8 noundef signext 1, i32 noundef 6) #4
  %47 = sext i8 %46 to i32
  %48 = load ptr, ptr @g_787, align 8, !tbaa !15
  store i32 %47, ptr %48, align 4, !tbaa !8
  %49 = getelementptr inbounds [9 x [5 x i64]], ptr %10, i64 0, i64 0
  %50 = getelementptr inbounds [5 x i64], ptr %49, i64 0, i64 1
  %51 = load i64, ptr %50, align 8, !tbaa !18
  %52 = trunc i64 %51 to i16
  store i16 %52, ptr %5, align 2
  store i32 1, ptr %15, align 4
  br label %361

53:                                               ; No predecessors!
  %54 = load i16, ptr getelementptr inbounds (%struct.S3, ptr @g_1020, i32 0, i32 2), align 2, !tbaa !17
  %55 = trunc i16 %54 to i8
  %56 = call signext i8 @safe_sub_func_int8_t_s_s(i8 noundef signext %55, i8 noundef signext 1) #4
  %57 = sext i8 %56 to i16
  store i16 %57, ptr getelementptr inbounds (%struct.S3, ptr @g_1020, i32 0, i32 2), align 2, !tbaa !17
  br label %41, !llvm.loop !19

58:                                               ; preds = %41
  br label %59

59:                                               ; preds = %58
  %60 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_414, i32 0, i32 5), align 8, !tbaa !10
  %61 = trunc i64 %60 to i16
  %62 = call zeroext i16 @safe_add_func_uint16_t_u_u(i16 noundef zeroext %61, i16 noundef zeroext 7) #4
  %63 = zext i16 %62 to i64
  store i64 %63, ptr getelementptr inbounds (%struct.S0, ptr @g_414, i32 0, i32 5), align 8, !tbaa !10
  br label %32, !llvm.loop !21

64:                                               ; preds = %32
  store i32 0, ptr @g_478, align 4, !tbaa !8
  br label %65

65:                                               ; preds = %354, %64
  %66 = load i32, ptr @g_478, align 4, !tbaa !8
  %67 = icmp sgt i32 %66, 0
  br i1 %67, label %68, label %357

68:                                               ; preds = %65
  call void @llvm.lifetime.start.p0(i64 4, ptr %16) #3
  store i32 626362015, ptr %16, align 4, !tbaa !8
  store i16 0, ptr @g_47, align 2, !tbaa !22
  br label %69

69:                                               ; preds = %350, %68
  %70 = load i16, ptr @g_47, align 2, !tbaa !22
  %71 = zext i16 %70 to i32
  %72 = icmp sle i32 %71, 59
  br i1 %72, label %73, label %353

73:                                               ; preds = %69
  call void @llvm.lifetime.start.p0(i64 8, ptr %17) #3
  store ptr @g_839, ptr %17, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 8, ptr %18) #3
  store ptr @g_131, ptr %18, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 8, ptr %19) #3
  store ptr null, ptr %19, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 8, ptr %20) #3
  store ptr @g_847, ptr %20, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 8, ptr %21) #3
  store ptr @g_847, ptr %21, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 8, ptr %22) #3
  store ptr @g_28, ptr %22, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 8, ptr %23) #3
  store ptr @g_847, ptr %23, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 8, ptr %24) #3
  store ptr @g_26, ptr %24, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 8, ptr %25) #3
  %74 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 2
  store ptr %74, ptr %25, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 8, ptr %26) #3
  %75 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %75, ptr %26, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 8, ptr %27) #3
  store ptr @g_847, ptr %27, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 1960, ptr %28) #3
  store ptr @g_478, ptr %28, align 8, !tbaa !15
  %76 = getelementptr inbounds ptr, ptr %28, i64 1
  store ptr @g_28, ptr %76, align 8, !tbaa !15
  %77 = getelementptr inbounds ptr, ptr %28, i64 2
  %78 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %78, ptr %77, align 8, !tbaa !15
  %79 = getelementptr inbounds ptr, ptr %28, i64 3
  store ptr @g_28, ptr %79, align 8, !tbaa !15
  %80 = getelementptr inbounds ptr, ptr %28, i64 4
  store ptr @g_478, ptr %80, align 8, !tbaa !15
  %81 = getelementptr inbounds ptr, ptr %28, i64 5
  %82 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 0
  store ptr %82, ptr %81, align 8, !tbaa !15
  %83 = getelementptr inbounds ptr, ptr %28, i64 6
  %84 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 2
  store ptr %84, ptr %83, align 8, !tbaa !15
  %85 = getelementptr inbounds [7 x ptr], ptr %28, i64 1
  store ptr @g_131, ptr %85, align 8, !tbaa !15
  %86 = getelementptr inbounds ptr, ptr %85, i64 1
  %87 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %87, ptr %86, align 8, !tbaa !15
  %88 = getelementptr inbounds ptr, ptr %85, i64 2
  store ptr @g_28, ptr %88, align 8, !tbaa !15
  %89 = getelementptr inbounds ptr, ptr %85, i64 3
  store ptr @g_839, ptr %89, align 8, !tbaa !15
  %90 = getelementptr inbounds ptr, ptr %85, i64 4
  %91 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %91, ptr %90, align 8, !tbaa !15
  %92 = getelementptr inbounds ptr, ptr %85, i64 5
  store ptr @g_839, ptr %92, align 8, !tbaa !15
  %93 = getelementptr inbounds ptr, ptr %85, i64 6
  store ptr @g_28, ptr %93, align 8, !tbaa !15
  %94 = getelementptr inbounds [7 x ptr], ptr %28, i64 2
  %95 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 2
  store ptr %95, ptr %94, align 8, !tbaa !15
  %96 = getelementptr inbounds ptr, ptr %94, i64 1
  store ptr null, ptr %96, align 8, !tbaa !15
  %97 = getelementptr inbounds ptr, ptr %94, i64 2
  %98 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %98, ptr %97, align 8, !tbaa !15
  %99 = getelementptr inbounds ptr, ptr %94, i64 3
  %100 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %100, ptr %99, align 8, !tbaa !15
  %101 = getelementptr inbounds ptr, ptr %94, i64 4
  store ptr @g_26, ptr %101, align 8, !tbaa !15
  %102 = getelementptr inbounds ptr, ptr %94, i64 5
  %103 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %103, ptr %102, align 8, !tbaa !15
  %104 = getelementptr inbounds ptr, ptr %94, i64 6
  store ptr @g_204, ptr %104, align 8, !tbaa !15
  %105 = getelementptr inbounds [7 x ptr], ptr %28, i64 3
  store ptr @g_131, ptr %105, align 8, !tbaa !15
  %106 = getelementptr inbounds ptr, ptr %105, i64 1
  store ptr @g_839, ptr %106, align 8, !tbaa !15
  %107 = getelementptr inbounds ptr, ptr %105, i64 2
  %108 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %108, ptr %107, align 8, !tbaa !15
  %109 = getelementptr inbounds ptr, ptr %105, i64 3
  %110 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %110, ptr %109, align 8, !tbaa !15
  %111 = getelementptr inbounds ptr, ptr %105, i64 4
  store ptr @g_839, ptr %111, align 8, !tbaa !15
  %112 = getelementptr inbounds ptr, ptr %105, i64 5
  store ptr @g_131, ptr %112, align 8, !tbaa !15
  %113 = getelementptr inbounds ptr, ptr %105, i64 6
  %114 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %114, ptr %113, align 8, !tbaa !15
  %115 = getelementptr inbounds [7 x ptr], ptr %28, i64 4
  store ptr @g_478, ptr %115, align 8, !tbaa !15
  %116 = getelementptr inbounds ptr, ptr %115, i64 1
  store ptr null, ptr %116, align 8, !tbaa !15
  %117 = getelementptr inbounds ptr, ptr %115, i64 2
  store ptr @g_478, ptr %117, align 8, !tbaa !15
  %118 = getelementptr inbounds ptr, ptr %115, i64 3
  store ptr @g_131, ptr %118, align 8, !tbaa !15
  %119 = getelementptr inbounds ptr, ptr %115, i64 4
  store ptr @g_26, ptr %119, align 8, !tbaa !15
  %120 = getelementptr inbounds ptr, ptr %115, i64 5
  store ptr @g_204, ptr %120, align 8, !tbaa !15
  %121 = getelementptr inbounds ptr, ptr %115, i64 6
  %122 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 0
  store ptr %122, ptr %121, align 8, !tbaa !15
  %123 = getelementptr inbounds [5 x [7 x ptr]], ptr %28, i64 1
  store ptr @g_839, ptr %123, align 8, !tbaa !15
  %124 = getelementptr inbounds ptr, ptr %123, i64 1
  store ptr @g_28, ptr %124, align 8, !tbaa !15
  %125 = getelementptr inbounds ptr, ptr %123, i64 2
  store ptr @g_839, ptr %125, align 8, !tbaa !15
  %126 = getelementptr inbounds ptr, ptr %123, i64 3
  store ptr @g_26, ptr %126, align 8, !tbaa !15
  %127 = getelementptr inbounds ptr, ptr %123, i64 4
  %128 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %128, ptr %127, align 8, !tbaa !15
  %129 = getelementptr inbounds ptr, ptr %123, i64 5
  store ptr @g_478, ptr %129, align 8, !tbaa !15
  %130 = getelementptr inbounds ptr, ptr %123, i64 6
  store ptr @g_131, ptr %130, align 8, !tbaa !15
  %131 = getelementptr inbounds [7 x ptr], ptr %123, i64 1
  store ptr @g_478, ptr %131, align 8, !tbaa !15
  %132 = getelementptr inbounds ptr, ptr %131, i64 1
  store ptr null, ptr %132, align 8, !tbaa !15
  %133 = getelementptr inbounds ptr, ptr %131, i64 2
  store ptr @g_478, ptr %133, align 8, !tbaa !15
  %134 = getelementptr inbounds ptr, ptr %131, i64 3
  %135 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %135, ptr %134, align 8, !tbaa !15
  %136 = getelementptr inbounds ptr, ptr %131, i64 4
  store ptr @g_478, ptr %136, align 8, !tbaa !15
  %137 = getelementptr inbounds ptr, ptr %131, i64 5
  store ptr null, ptr %137, align 8, !tbaa !15
  %138 = getelementptr inbounds ptr, ptr %131, i64 6
  store ptr @g_478, ptr %138, align 8, !tbaa !15
  %139 = getelementptr inbounds [7 x ptr], ptr %123, i64 2
  %140 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %140, ptr %139, align 8, !tbaa !15
  %141 = getelementptr inbounds ptr, ptr %139, i64 1
  store ptr @g_839, ptr %141, align 8, !tbaa !15
  %142 = getelementptr inbounds ptr, ptr %139, i64 2
  store ptr @g_131, ptr %142, align 8, !tbaa !15
  %143 = getelementptr inbounds ptr, ptr %139, i64 3
  %144 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %144, ptr %143, align 8, !tbaa !15
  %145 = getelementptr inbounds ptr, ptr %139, i64 4
  store ptr @g_847, ptr %145, align 8, !tbaa !15
  %146 = getelementptr inbounds ptr, ptr %139, i64 5
  store ptr @g_478, ptr %146, align 8, !tbaa !15
  %147 = getelementptr inbounds ptr, ptr %139, i64 6
  store ptr @g_847, ptr %147, align 8, !tbaa !15
  %148 = getelementptr inbounds [7 x ptr], ptr %123, i64 3
  %149 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %149, ptr %148, align 8, !tbaa !15
  %150 = getelementptr inbounds ptr, ptr %148, i64 1
  store ptr null, ptr %150, align 8, !tbaa !15
  %151 = getelementptr inbounds ptr, ptr %148, i64 2
  %152 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 2
  store ptr %152, ptr %151, align 8, !tbaa !15
  %153 = getelementptr inbounds ptr, ptr %148, i64 3
  store ptr null, ptr %153, align 8, !tbaa !15
  %154 = getelementptr inbounds ptr, ptr %148, i64 4
  %155 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %155, ptr %154, align 8, !tbaa !15
  %156 = getelementptr inbounds ptr, ptr %148, i64 5
  store ptr @g_204, ptr %156, align 8, !tbaa !15
  %157 = getelementptr inbounds ptr, ptr %148, i64 6
  store ptr @g_131, ptr %157, align 8, !tbaa !15
  %158 = getelementptr inbounds [7 x ptr], ptr %123, i64 4
  store ptr @g_28, ptr %158, align 8, !tbaa !15
  %159 = getelementptr inbounds ptr, ptr %158, i64 1
  %160 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %160, ptr %159, align 8, !tbaa !15
  %161 = getelementptr inbounds ptr, ptr %158, i64 2
  store ptr @g_131, ptr %161, align 8, !tbaa !15
  %162 = getelementptr inbounds ptr, ptr %158, i64 3
  store ptr @g_839, ptr %162, align 8, !tbaa !15
  %163 = getelementptr inbounds ptr, ptr %158, i64 4
  store ptr @g_839, ptr %163, align 8, !tbaa !15
  %164 = getelementptr inbounds ptr, ptr %158, i64 5
  store ptr @g_131, ptr %164, align 8, !tbaa !15
  %165 = getelementptr inbounds ptr, ptr %158, i64 6
  %166 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %166, ptr %165, align 8, !tbaa !15
  %167 = getelementptr inbounds [5 x [7 x ptr]], ptr %28, i64 2
  %168 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %168, ptr %167, align 8, !tbaa !15
  %169 = getelementptr inbounds ptr, ptr %167, i64 1
  store ptr @g_28, ptr %169, align 8, !tbaa !15
  %170 = getelementptr inbounds ptr, ptr %167, i64 2
  store ptr @g_478, ptr %170, align 8, !tbaa !15
  %171 = getelementptr inbounds ptr, ptr %167, i64 3
  %172 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 0
  store ptr %172, ptr %171, align 8, !tbaa !15
  %173 = getelementptr inbounds ptr, ptr %167, i64 4
  %174 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 2
  store ptr %174, ptr %173, align 8, !tbaa !15
  %175 = getelementptr inbounds ptr, ptr %167, i64 5
  %176 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %176, ptr %175, align 8, !tbaa !15
  %177 = getelementptr inbounds ptr, ptr %167, i64 6
  store ptr @g_131, ptr %177, align 8, !tbaa !15
  %178 = getelementptr inbounds [7 x ptr], ptr %167, i64 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %178, ptr align 8 @constinit, i64 56, i1 false), !tbaa.struct !23
  %179 = getelementptr inbounds [7 x ptr], ptr %167, i64 2
  store ptr @g_204, ptr %179, align 8, !tbaa !15
  %180 = getelementptr inbounds ptr, ptr %179, i64 1
  store ptr @g_204, ptr %180, align 8, !tbaa !15
  %181 = getelementptr inbounds ptr, ptr %179, i64 2
  store ptr @g_478, ptr %181, align 8, !tbaa !15
  %182 = getelementptr inbounds ptr, ptr %179, i64 3
  %183 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 0
  store ptr %183, ptr %182, align 8, !tbaa !15
  %184 = getelementptr inbounds ptr, ptr %179, i64 4
  %185 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 0
  store ptr %185, ptr %184, align 8, !tbaa !15
  %186 = getelementptr inbounds ptr, ptr %179, i64 5
  %187 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 0
  store ptr %187, ptr %186, align 8, !tbaa !15
  %188 = getelementptr inbounds ptr, ptr %179, i64 6
  store ptr @g_478, ptr %188, align 8, !tbaa !15
  %189 = getelementptr inbounds [7 x ptr], ptr %167, i64 3
  store ptr @g_847, ptr %189, align 8, !tbaa !15
  %190 = getelementptr inbounds ptr, ptr %189, i64 1
  store ptr @g_847, ptr %190, align 8, !tbaa !15
  %191 = getelementptr inbounds ptr, ptr %189, i64 2
  %192 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %192, ptr %191, align 8, !tbaa !15
  %193 = getelementptr inbounds ptr, ptr %189, i64 3
  store ptr @g_839, ptr %193, align 8, !tbaa !15
  %194 = getelementptr inbounds ptr, ptr %189, i64 4
  %195 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %195, ptr %194, align 8, !tbaa !15
  %196 = getelementptr inbounds ptr, ptr %189, i64 5
  store ptr @g_26, ptr %196, align 8, !tbaa !15
  %197 = getelementptr inbounds ptr, ptr %189, i64 6
  store ptr @g_131, ptr %197, align 8, !tbaa !15
  %198 = getelementptr inbounds [7 x ptr], ptr %167, i64 4
  store ptr @g_204, ptr %198, align 8, !tbaa !15
  %199 = getelementptr inbounds ptr, ptr %198, i64 1
  store ptr null, ptr %199, align 8, !tbaa !15
  %200 = getelementptr inbounds ptr, ptr %198, i64 2
  %201 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 2
  store ptr %201, ptr %200, align 8, !tbaa !15
  %202 = getelementptr inbounds ptr, ptr %198, i64 3
  store ptr null, ptr %202, align 8, !tbaa !15
  %203 = getelementptr inbounds ptr, ptr %198, i64 4
  %204 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %204, ptr %203, align 8, !tbaa !15
  %205 = getelementptr inbounds ptr, ptr %198, i64 5
  %206 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %206, ptr %205, align 8, !tbaa !15
  %207 = getelementptr inbounds ptr, ptr %198, i64 6
  store ptr @g_26, ptr %207, align 8, !tbaa !15
  %208 = getelementptr inbounds [5 x [7 x ptr]], ptr %28, i64 3
  store ptr @g_131, ptr %208, align 8, !tbaa !15
  %209 = getelementptr inbounds ptr, ptr %208, i64 1
  store ptr @g_847, ptr %209, align 8, !tbaa !15
  %210 = getelementptr inbounds ptr, ptr %208, i64 2
  store ptr @g_28, ptr %210, align 8, !tbaa !15
  %211 = getelementptr inbounds ptr, ptr %208, i64 3
  %212 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %212, ptr %211, align 8, !tbaa !15
  %213 = getelementptr inbounds ptr, ptr %208, i64 4
  store ptr @g_478, ptr %213, align 8, !tbaa !15
  %214 = getelementptr inbounds ptr, ptr %208, i64 5
  store ptr @g_478, ptr %214, align 8, !tbaa !15
  %215 = getelementptr inbounds ptr, ptr %208, i64 6
  %216 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %216, ptr %215, align 8, !tbaa !15
  %217 = getelementptr inbounds [7 x ptr], ptr %208, i64 1
  store ptr @g_478, ptr %217, align 8, !tbaa !15
  %218 = getelementptr inbounds ptr, ptr %217, i64 1
  store ptr @g_131, ptr %218, align 8, !tbaa !15
  %219 = getelementptr inbounds ptr, ptr %217, i64 2
  store ptr @g_478, ptr %219, align 8, !tbaa !15
  %220 = getelementptr inbounds ptr, ptr %217, i64 3
  store ptr @g_28, ptr %220, align 8, !tbaa !15
  %221 = getelementptr inbounds ptr, ptr %217, i64 4
  store ptr @g_26, ptr %221, align 8, !tbaa !15
  %222 = getelementptr inbounds ptr, ptr %217, i64 5
  store ptr null, ptr %222, align 8, !tbaa !15
  %223 = getelementptr inbounds ptr, ptr %217, i64 6
  %224 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %224, ptr %223, align 8, !tbaa !15
  %225 = getelementptr inbounds [7 x ptr], ptr %208, i64 2
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %225, ptr align 8 @constinit.411, i64 56, i1 false), !tbaa.struct !23
  %226 = getelementptr inbounds [7 x ptr], ptr %208, i64 3
  %227 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 2
  store ptr %227, ptr %226, align 8, !tbaa !15
  %228 = getelementptr inbounds ptr, ptr %226, i64 1
  store ptr null, ptr %228, align 8, !tbaa !15
  %229 = getelementptr inbounds ptr, ptr %226, i64 2
  %230 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %230, ptr %229, align 8, !tbaa !15
  %231 = getelementptr inbounds ptr, ptr %226, i64 3
  store ptr @g_204, ptr %231, align 8, !tbaa !15
  %232 = getelementptr inbounds ptr, ptr %226, i64 4
  store ptr @g_131, ptr %232, align 8, !tbaa !15
  %233 = getelementptr inbounds ptr, ptr %226, i64 5
  store ptr null, ptr %233, align 8, !tbaa !15
  %234 = getelementptr inbounds ptr, ptr %226, i64 6
  store ptr @g_131, ptr %234, align 8, !tbaa !15
  %235 = getelementptr inbounds [7 x ptr], ptr %208, i64 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %235, ptr align 8 @constinit.412, i64 56, i1 false), !tbaa.struct !23
  %236 = getelementptr inbounds [5 x [7 x ptr]], ptr %28, i64 4
  store ptr null, ptr %236, align 8, !tbaa !15
  %237 = getelementptr inbounds ptr, ptr %236, i64 1
  store ptr @g_28, ptr %237, align 8, !tbaa !15
  %238 = getelementptr inbounds ptr, ptr %236, i64 2
  %239 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %239, ptr %238, align 8, !tbaa !15
  %240 = getelementptr inbounds ptr, ptr %236, i64 3
  %241 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 0
  store ptr %241, ptr %240, align 8, !tbaa !15
  %242 = getelementptr inbounds ptr, ptr %236, i64 4
  store ptr @g_478, ptr %242, align 8, !tbaa !15
  %243 = getelementptr inbounds ptr, ptr %236, i64 5
  %244 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %244, ptr %243, align 8, !tbaa !15
  %245 = getelementptr inbounds ptr, ptr %236, i64 6
  store ptr @g_478, ptr %245, align 8, !tbaa !15
  %246 = getelementptr inbounds [7 x ptr], ptr %236, i64 1
  store ptr @g_839, ptr %246, align 8, !tbaa !15
  %247 = getelementptr inbounds ptr, ptr %246, i64 1
  store ptr @g_28, ptr %247, align 8, !tbaa !15
  %248 = getelementptr inbounds ptr, ptr %246, i64 2
  store ptr @g_131, ptr %248, align 8, !tbaa !15
  %249 = getelementptr inbounds ptr, ptr %246, i64 3
  %250 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %250, ptr %249, align 8, !tbaa !15
  %251 = getelementptr inbounds ptr, ptr %246, i64 4
  store ptr @g_26, ptr %251, align 8, !tbaa !15
  %252 = getelementptr inbounds ptr, ptr %246, i64 5
  store ptr @g_28, ptr %252, align 8, !tbaa !15
  %253 = getelementptr inbounds ptr, ptr %246, i64 6
  store ptr @g_28, ptr %253, align 8, !tbaa !15
  %254 = getelementptr inbounds [7 x ptr], ptr %236, i64 2
  store ptr @g_204, ptr %254, align 8, !tbaa !15
  %255 = getelementptr inbounds ptr, ptr %254, i64 1
  %256 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %256, ptr %255, align 8, !tbaa !15
  %257 = getelementptr inbounds ptr, ptr %254, i64 2
  store ptr @g_478, ptr %257, align 8, !tbaa !15
  %258 = getelementptr inbounds ptr, ptr %254, i64 3
  %259 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %259, ptr %258, align 8, !tbaa !15
  %260 = getelementptr inbounds ptr, ptr %254, i64 4
  store ptr @g_204, ptr %260, align 8, !tbaa !15
  %261 = getelementptr inbounds ptr, ptr %254, i64 5
  store ptr null, ptr %261, align 8, !tbaa !15
  %262 = getelementptr inbounds ptr, ptr %254, i64 6
  store ptr @g_131, ptr %262, align 8, !tbaa !15
  %263 = getelementptr inbounds [7 x ptr], ptr %236, i64 3
  store ptr @g_839, ptr %263, align 8, !tbaa !15
  %264 = getelementptr inbounds ptr, ptr %263, i64 1
  store ptr @g_478, ptr %264, align 8, !tbaa !15
  %265 = getelementptr inbounds ptr, ptr %263, i64 2
  store ptr @g_28, ptr %265, align 8, !tbaa !15
  %266 = getelementptr inbounds ptr, ptr %263, i64 3
  %267 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %267, ptr %266, align 8, !tbaa !15
  %268 = getelementptr inbounds ptr, ptr %263, i64 4
  %269 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %269, ptr %268, align 8, !tbaa !15
  %270 = getelementptr inbounds ptr, ptr %263, i64 5
  %271 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %271, ptr %270, align 8, !tbaa !15
  %272 = getelementptr inbounds ptr, ptr %263, i64 6
  store ptr @g_28, ptr %272, align 8, !tbaa !15
  %273 = getelementptr inbounds [7 x ptr], ptr %236, i64 4
  store ptr @g_131, ptr %273, align 8, !tbaa !15
  %274 = getelementptr inbounds ptr, ptr %273, i64 1
  %275 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %275, ptr %274, align 8, !tbaa !15
  %276 = getelementptr inbounds ptr, ptr %273, i64 2
  %277 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 2
  store ptr %277, ptr %276, align 8, !tbaa !15
  %278 = getelementptr inbounds ptr, ptr %273, i64 3
  %279 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 0
  store ptr %279, ptr %278, align 8, !tbaa !15
  %280 = getelementptr inbounds ptr, ptr %273, i64 4
  store ptr @g_478, ptr %280, align 8, !tbaa !15
  %281 = getelementptr inbounds ptr, ptr %273, i64 5
  store ptr @g_28, ptr %281, align 8, !tbaa !15
  %282 = getelementptr inbounds ptr, ptr %273, i64 6
  %283 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %283, ptr %282, align 8, !tbaa !15
  %284 = getelementptr inbounds [5 x [7 x ptr]], ptr %28, i64 5
  store ptr @g_839, ptr %284, align 8, !tbaa !15
  %285 = getelementptr inbounds ptr, ptr %284, i64 1
  %286 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %286, ptr %285, align 8, !tbaa !15
  %287 = getelementptr inbounds ptr, ptr %284, i64 2
  store ptr @g_847, ptr %287, align 8, !tbaa !15
  %288 = getelementptr inbounds ptr, ptr %284, i64 3
  store ptr @g_847, ptr %288, align 8, !tbaa !15
  %289 = getelementptr inbounds ptr, ptr %284, i64 4
  %290 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %290, ptr %289, align 8, !tbaa !15
  %291 = getelementptr inbounds ptr, ptr %284, i64 5
  store ptr @g_839, ptr %291, align 8, !tbaa !15
  %292 = getelementptr inbounds ptr, ptr %284, i64 6
  %293 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %293, ptr %292, align 8, !tbaa !15
  %294 = getelementptr inbounds [7 x ptr], ptr %284, i64 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %294, ptr align 8 @constinit.413, i64 56, i1 false), !tbaa.struct !23
  %295 = getelementptr inbounds [7 x ptr], ptr %284, i64 2
  store ptr @g_839, ptr %295, align 8, !tbaa !15
  %296 = getelementptr inbounds ptr, ptr %295, i64 1
  %297 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %297, ptr %296, align 8, !tbaa !15
  %298 = getelementptr inbounds ptr, ptr %295, i64 2
  store ptr @g_839, ptr %298, align 8, !tbaa !15
  %299 = getelementptr inbounds ptr, ptr %295, i64 3
  store ptr @g_28, ptr %299, align 8, !tbaa !15
  %300 = getelementptr inbounds ptr, ptr %295, i64 4
  %301 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %301, ptr %300, align 8, !tbaa !15
  %302 = getelementptr inbounds ptr, ptr %295, i64 5
  store ptr @g_131, ptr %302, align 8, !tbaa !15
  %303 = getelementptr inbounds ptr, ptr %295, i64 6
  store ptr @g_839, ptr %303, align 8, !tbaa !15
  %304 = getelementptr inbounds [7 x ptr], ptr %284, i64 3
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %304, ptr align 8 @constinit.414, i64 56, i1 false), !tbaa.struct !23
  %305 = getelementptr inbounds [7 x ptr], ptr %284, i64 4
  store ptr @g_847, ptr %305, align 8, !tbaa !15
  %306 = getelementptr inbounds ptr, ptr %305, i64 1
  %307 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %307, ptr %306, align 8, !tbaa !15
  %308 = getelementptr inbounds ptr, ptr %305, i64 2
  store ptr @g_839, ptr %308, align 8, !tbaa !15
  %309 = getelementptr inbounds ptr, ptr %305, i64 3
  %310 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %310, ptr %309, align 8, !tbaa !15
  %311 = getelementptr inbounds ptr, ptr %305, i64 4
  store ptr @g_26, ptr %311, align 8, !tbaa !15
  %312 = getelementptr inbounds ptr, ptr %305, i64 5
  store ptr @g_131, ptr %312, align 8, !tbaa !15
  %313 = getelementptr inbounds ptr, ptr %305, i64 6
  store ptr @g_26, ptr %313, align 8, !tbaa !15
  %314 = getelementptr inbounds [5 x [7 x ptr]], ptr %28, i64 6
  %315 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 2
  store ptr %315, ptr %314, align 8, !tbaa !15
  %316 = getelementptr inbounds ptr, ptr %314, i64 1
  %317 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %317, ptr %316, align 8, !tbaa !15
  %318 = getelementptr inbounds ptr, ptr %314, i64 2
  store ptr @g_131, ptr %318, align 8, !tbaa !15
  %319 = getelementptr inbounds ptr, ptr %314, i64 3
  store ptr null, ptr %319, align 8, !tbaa !15
  %320 = getelementptr inbounds ptr, ptr %314, i64 4
  store ptr @g_478, ptr %320, align 8, !tbaa !15
  %321 = getelementptr inbounds ptr, ptr %314, i64 5
  store ptr @g_28, ptr %321, align 8, !tbaa !15
  %322 = getelementptr inbounds ptr, ptr %314, i64 6
  store ptr @g_478, ptr %322, align 8, !tbaa !15
  %323 = getelementptr inbounds [7 x ptr], ptr %314, i64 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %323, ptr align 8 @constinit.415, i64 56, i1 false), !tbaa.struct !23
  %324 = getelementptr inbounds [7 x ptr], ptr %314, i64 2
  store ptr @g_478, ptr %324, align 8, !tbaa !15
  %325 = getelementptr inbounds ptr, ptr %324, i64 1
  %326 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %326, ptr %325, align 8, !tbaa !15
  %327 = getelementptr inbounds ptr, ptr %324, i64 2
  store ptr @g_204, ptr %327, align 8, !tbaa !15
  %328 = getelementptr inbounds ptr, ptr %324, i64 3
  store ptr null, ptr %328, align 8, !tbaa !15
  %329 = getelementptr inbounds ptr, ptr %324, i64 4
  store ptr @g_131, ptr %329, align 8, !tbaa !15
  %330 = getelementptr inbounds ptr, ptr %324, i64 5
  store ptr @g_28, ptr %330, align 8, !tbaa !15
  %331 = getelementptr inbounds ptr, ptr %324, i64 6
  store ptr @g_478, ptr %331, align 8, !tbaa !15
  %332 = getelementptr inbounds [7 x ptr], ptr %314, i64 3
  store ptr @g_131, ptr %332, align 8, !tbaa !15
  %333 = getelementptr inbounds ptr, ptr %332, i64 1
  store ptr @g_28, ptr %333, align 8, !tbaa !15
  %334 = getelementptr inbounds ptr, ptr %332, i64 2
  store ptr @g_839, ptr %334, align 8, !tbaa !15
  %335 = getelementptr inbounds ptr, ptr %332, i64 3
  store ptr @g_28, ptr %335, align 8, !tbaa !15
  %336 = getelementptr inbounds ptr, ptr %332, i64 4
  store ptr @g_131, ptr %336, align 8, !tbaa !15
  %337 = getelementptr inbounds ptr, ptr %332, i64 5
  %338 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %338, ptr %337, align 8, !tbaa !15
  %339 = getelementptr inbounds ptr, ptr %332, i64 6
  store ptr @g_26, ptr %339, align 8, !tbaa !15
  %340 = getelementptr inbounds [7 x ptr], ptr %314, i64 4
  %341 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %341, ptr %340, align 8, !tbaa !15
  %342 = getelementptr inbounds ptr, ptr %340, i64 1
  store ptr @g_28, ptr %342, align 8, !tbaa !15
  %343 = getelementptr inbounds ptr, ptr %340, i64 2
  store ptr null, ptr %343, align 8, !tbaa !15
  %344 = getelementptr inbounds ptr, ptr %340, i64 3
  store ptr null, ptr %344, align 8, !tbaa !15
  %345 = getelementptr inbounds ptr, ptr %340, i64 4
  store ptr @g_26, ptr %345, align 8, !tbaa !15
  %346 = getelementptr inbounds ptr, ptr %340, i64 5
  store ptr null, ptr %346, align 8, !tbaa !15
  %347 = getelementptr inbounds ptr, ptr %340, i64 6
  store ptr null, ptr %347, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 4, ptr %29) #3
  call void @llvm.lifetime.start.p0(i64 4, ptr %30) #3
  call void @llvm.lifetime.start.p0(i64 4, ptr %31) #3
  %348 = load i32, ptr %16, align 4, !tbaa !8
  %349 = add i32 %348, -1
  store i32 %349, ptr %16, align 4, !tbaa !8
  call void @llvm.lifetime.end.p0(i64 4, ptr %31) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %30) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %29) #3
  call void @llvm.lifetime.end.p0(i64 1960, ptr %28) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %27) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %26) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %25) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %24) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %23) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %22) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %21) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %20) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %19) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %18) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %17) #3
  br label %350

350:                                              ; preds = %73
  %351 = load i16, ptr @g_47, align 2, !tbaa !22
  %352 = add i16 %351, 1
  store i16 %352, ptr @g_47, align 2, !tbaa !22
  br label %69, !llvm.loop !24

353:                                              ; preds = %69
  call void @llvm.lifetime.end.p0(i64 4, ptr %16) #3
  br label %354

354:                                              ; preds = %353
  %355 = load i32, ptr @g_478, align 4, !tbaa !8
  %356 = add nsw i32 %355, 1
  store i32 %356, ptr @g_478, align 4, !tbaa !8
  br label %65, !llvm.loop !25

357:                                              ; preds = %65
  %358 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  %359 = load i32, ptr %358, align 4, !tbaa !8
  %360 = trunc i32 %359 to i16
  store i16 %360, ptr %5, align 2
  store i32 1, ptr %15, align 4
  br label %361

361:                                              ; preds = %357, %45
  call void @llvm.lifetime.end.p0(i64 4, ptr %14) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %13) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %12) #3
  call void @llvm.lifetime.end.p0(i64 16, ptr %11) #3
  call void @llvm.lifetime.end.p0(i64 360, ptr %10) #3
  %362 = load i16, ptr %5, align 2
  ret i16 %362
}

; Function Attrs: minsize nounwind optsize uwtable
declare hidden zeroext i16 @safe_add_func_uint16_t_u_u(i16 noundef zeroext, i16 noundef zeroext) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden signext i8 @safe_lshift_func_int8_t_s_s(i8 noundef signext, i32 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden signext i8 @safe_sub_func_int8_t_s_s(i8 noundef signext, i8 noundef signext) #2

attributes #0 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }
attributes #4 = { minsize optsize }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!9, !9, i64 0}
!9 = !{!"int", !6, i64 0}
!10 = !{!11, !13, i64 16}
!11 = !{!"S3", !12, i64 0, !6, i64 40, !14, i64 42, !9, i64 44}
!12 = !{!"S0", !9, i64 0, !6, i64 4, !9, i64 5, !9, i64 8, !6, i64 12, !13, i64 16, !9, i64 24, !9, i64 28, !14, i64 32}
!13 = !{!"long", !6, i64 0}
!14 = !{!"short", !6, i64 0}
!15 = !{!16, !16, i64 0}
!16 = !{!"any pointer", !6, i64 0}
!17 = !{!11, !14, i64 42}
!18 = !{!13, !13, i64 0}
!19 = distinct !{!19, !20}
!20 = !{!"llvm.loop.mustprogress"}
!21 = distinct !{!21, !20}
!22 = !{!14, !14, i64 0}
!23 = !{i64 0, i64 56, !5}
!24 = distinct !{!24, !20}
!25 = distinct !{!25, !20}
